package main

import (
	"fmt"
	"time"
)

func main() {
	// ExampleUnixMilli
	{
		umt := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
		fmt.Println(umt.UnixMilli())
		t := time.UnixMilli(umt.UnixMilli()).UTC()
		fmt.Println(t)

	}

	// ExampleTime_Unix
	{
		// 1 billion seconds of Unix, three ways.
		fmt.Println(time.Unix(1e9, 0).UTC())     // 1e9 seconds
		fmt.Println(time.Unix(0, 1e18).UTC())    // 1e18 nanoseconds
		fmt.Println(time.Unix(2e9, -1e18).UTC()) // 2e9 seconds - 1e18 nanoseconds

		t := time.Date(2001, time.September, 9, 1, 46, 40, 0, time.UTC)
		fmt.Println(t.Unix())     // seconds since 1970
		fmt.Println(t.UnixNano()) // nanoseconds since 1970

	}

	// ExampleTime_Round
	{
		t := time.Date(0, 0, 0, 12, 15, 30, 918273645, time.UTC)
		round := []time.Duration{
			time.Nanosecond,
			time.Microsecond,
			time.Millisecond,
			time.Second,
			2 * time.Second,
			time.Minute,
			10 * time.Minute,
			time.Hour,
		}

		for _, d := range round {
			fmt.Printf("t.Round(%6s) = %s\n", d, t.Round(d).Format("15:04:05.999999999"))
		}
	}

	// ExampleTime_Truncate
	{
		t, _ := time.Parse("2006 Jan 02 15:04:05", "2012 Dec 07 12:15:30.918273645")
		trunc := []time.Duration{
			time.Nanosecond,
			time.Microsecond,
			time.Millisecond,
			time.Second,
			2 * time.Second,
			time.Minute,
			10 * time.Minute,
		}

		for _, d := range trunc {
			fmt.Printf("t.Truncate(%5s) = %s\n", d, t.Truncate(d).Format("15:04:05.999999999"))
		}
		// To round to the last midnight in the local timezone, create a new Date.
		midnight := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.Local)
		_ = midnight

	}

	// ExampleLoadLocation
	{
		location, err := time.LoadLocation("America/Los_Angeles")
		if err != nil {
			panic(err)
		}

		timeInUTC := time.Date(2018, 8, 30, 12, 0, 0, 0, time.UTC)
		fmt.Println(timeInUTC.In(location))
	}
}
