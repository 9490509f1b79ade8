/** Saved catalog filters: a counsellor's named catalog query strings, one of them the default. Only the owner sees them. */
@org.jspecify.annotations.NullMarked
package no.samskap.katalog.filter;
