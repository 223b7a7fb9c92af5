package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	// ExampleDuration_Abs
	{
		positiveDuration := 5 * time.Second
		negativeDuration := -3 * time.Second
		minInt64CaseDuration := time.Duration(math.MinInt64)

		absPositive := positiveDuration.Abs()
		absNegative := negativeDuration.Abs()
		absSpecial := minInt64CaseDuration.Abs() == time.Duration(math.MaxInt64)

		fmt.Printf("Absolute value of positive duration: %v\n", absPositive)
		fmt.Printf("Absolute value of negative duration: %v\n", absNegative)
		fmt.Printf("Absolute value of MinInt64 equal to MaxInt64: %t\n", absSpecial)

	}

	// ExampleDuration_Hours
	{
		h, _ := time.ParseDuration("4h30m")
		fmt.Printf("I've got %.1f hours of work left.", h.Hours())
	}

	// ExampleDuration_Microseconds
	{
		u, _ := time.ParseDuration("1s")
		fmt.Printf("One second is %d microseconds.\n", u.Microseconds())
	}

	// ExampleDuration_Milliseconds
	{
		u, _ := time.ParseDuration("1s")
		fmt.Printf("One second is %d milliseconds.\n", u.Milliseconds())
	}

	// ExampleDuration_Minutes
	{
		m, _ := time.ParseDuration("1h30m")
		fmt.Printf("The movie is %.0f minutes long.", m.Minutes())
	}

	// ExampleDuration_Nanoseconds
	{
		u, _ := time.ParseDuration("1µs")
		fmt.Printf("One microsecond is %d nanoseconds.\n", u.Nanoseconds())
	}
}
