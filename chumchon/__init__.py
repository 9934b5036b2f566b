"""Chumchon: community-based tourism run by the communities themselves."""
