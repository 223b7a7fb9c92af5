package main

import (
	"fmt"
	"time"
)

func main() {
	// ExampleTime_Format_pad
	{
		// Parse a time value from a string in the standard Unix format.
		t, err := time.Parse(time.UnixDate, "Sat Mar 7 11:06:39 PST 2015")
		if err != nil { // Always check errors even if they should not happen.
			panic(err)
		}

		// Define a helper function to make the examples' output look nice.
		do := func(name, layout, want string) {
			got := t.Format(layout)
			if want != got {
				fmt.Printf("error: for %q got %q; expected %q\n", layout, got, want)
				return
			}
			fmt.Printf("%-16s %q gives %q\n", name, layout, got)
		}

		// The predefined constant Unix uses an underscore to pad the day.
		do("Unix", time.UnixDate, "Sat Mar  7 11:06:39 PST 2015")

		// For fixed-width printing of values, such as the date, that may be one or
		// two characters (7 vs. 07), use an _ instead of a space in the layout string.
		// Here we print just the day, which is 2 in our layout string and 7 in our
		// value.
		do("No pad", "<2>", "<7>")

		// An underscore represents a space pad, if the date only has one digit.
		do("Spaces", "<_2>", "< 7>")

		// A "0" indicates zero padding for single-digit values.
		do("Zeros", "<02>", "<07>")

		// If the value is already the right width, padding is not used.
		// For instance, the second (05 in the reference time) in our value is 39,
		// so it doesn't need padding, but the minutes (04, 06) does.
		do("Suppressed pad", "04:05", "06:39")

	}

	// ExampleTime_GoString
	{
		t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
		fmt.Println(t.GoString())
		t = t.Add(1 * time.Minute)
		fmt.Println(t.GoString())
		t = t.AddDate(0, 1, 0)
		fmt.Println(t.GoString())
		t, _ = time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)")
		fmt.Println(t.GoString())

	}
}
