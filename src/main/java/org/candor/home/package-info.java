/** The signed-in person's start page: what they can do and what they are part of. */
package org.candor.home;
