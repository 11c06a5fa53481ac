package dev.sluice.it.random;

/** Sluice and the reference model disagree; the signature groups failures of one kind. */
final class Divergence extends AssertionError {
  private static final long serialVersionUID = 1L;

  final String signature;

  Divergence(String signature, String detail) {
    super(signature + ": " + detail);
    this.signature = signature;
  }
}
