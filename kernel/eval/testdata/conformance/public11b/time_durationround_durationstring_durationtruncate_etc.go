package main

import (
	"fmt"
	"time"
)

func main() {
	// ExampleDuration_Round
	{
		d, err := time.ParseDuration("1h15m30.918273645s")
		if err != nil {
			panic(err)
		}

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

		for _, r := range round {
			fmt.Printf("d.Round(%6s) = %s\n", r, d.Round(r).String())
		}
	}

	// ExampleDuration_String
	{
		fmt.Println(1*time.Hour + 2*time.Minute + 300*time.Millisecond)
		fmt.Println(300 * time.Millisecond)
	}

	// ExampleDuration_Truncate
	{
		d, err := time.ParseDuration("1h15m30.918273645s")
		if err != nil {
			panic(err)
		}

		trunc := []time.Duration{
			time.Nanosecond,
			time.Microsecond,
			time.Millisecond,
			time.Second,
			2 * time.Second,
			time.Minute,
			10 * time.Minute,
			time.Hour,
		}

		for _, t := range trunc {
			fmt.Printf("d.Truncate(%6s) = %s\n", t, d.Truncate(t).String())
		}
	}

	// ExampleParseDuration
	{
		hours, _ := time.ParseDuration("10h")
		complex, _ := time.ParseDuration("1h10m10s")
		micro, _ := time.ParseDuration("1µs")
		// The package also accepts the incorrect but common prefix u for micro.
		micro2, _ := time.ParseDuration("1us")

		fmt.Println(hours)
		fmt.Println(complex)
		fmt.Printf("There are %.0f seconds in %v.\n", complex.Seconds(), complex)
		fmt.Printf("There are %d nanoseconds in %v.\n", micro.Nanoseconds(), micro)
		fmt.Printf("There are %6.2e seconds in %v.\n", micro2.Seconds(), micro2)
	}
}
