@org.jspecify.annotations.NullMarked
package no.samskap.katalog.web;
