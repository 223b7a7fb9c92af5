package main

import (
	"fmt"
	"time"
)

func main() {
	// ExampleParse
	{
		// See the example for Time.Format for a thorough description of how
		// to define the layout string to parse a time.Time value; Parse and
		// Format use the same model to describe their input and output.

		// longForm shows by example how the reference time would be represented in
		// the desired layout.
		const longForm = "Jan 2, 2006 at 3:04pm (MST)"
		t, _ := time.Parse(longForm, "Feb 3, 2013 at 7:54pm (PST)")
		fmt.Println(t)

		// shortForm is another way the reference time would be represented
		// in the desired layout; it has no time zone present.
		// Note: without explicit zone, returns time in UTC.
		const shortForm = "2006-Jan-02"
		t, _ = time.Parse(shortForm, "2013-Feb-03")
		fmt.Println(t)

		// Some valid layouts are invalid time values, due to format specifiers
		// such as _ for space padding and Z for zone information.
		// For example the RFC3339 layout 2006-01-02T15:04:05Z07:00
		// contains both Z and a time zone offset in order to handle both valid options:
		// 2006-01-02T15:04:05Z
		// 2006-01-02T15:04:05+07:00
		t, _ = time.Parse(time.RFC3339, "2006-01-02T15:04:05Z")
		fmt.Println(t)
		t, _ = time.Parse(time.RFC3339, "2006-01-02T15:04:05+07:00")
		fmt.Println(t)
		_, err := time.Parse(time.RFC3339, time.RFC3339)
		fmt.Println("error", err) // Returns an error as the layout is not a valid time value

	}

	// ExampleParseInLocation
	{
		loc, _ := time.LoadLocation("Europe/Berlin")

		// This will look for the name CEST in the Europe/Berlin time zone.
		const longForm = "Jan 2, 2006 at 3:04pm (MST)"
		t, _ := time.ParseInLocation(longForm, "Jul 9, 2012 at 5:02am (CEST)", loc)
		fmt.Println(t)

		// Note: without explicit zone, returns time in given location.
		const shortForm = "2006-Jan-02"
		t, _ = time.ParseInLocation(shortForm, "2012-Jul-09", loc)
		fmt.Println(t)

	}

	// ExampleUnix
	{
		unixTime := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
		fmt.Println(unixTime.Unix())
		t := time.Unix(unixTime.Unix(), 0).UTC()
		fmt.Println(t)

	}

	// ExampleUnixMicro
	{
		umt := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
		fmt.Println(umt.UnixMicro())
		t := time.UnixMicro(umt.UnixMicro()).UTC()
		fmt.Println(t)

	}
}
