/**
 * Events out of the store in the forms analysts load elsewhere: JSON lines, CSV, and GDELT 2.0's
 * event and mentions tables. Shared by {@code annals events} and the REST API.
 */
package org.annals.export;
