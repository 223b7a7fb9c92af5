package main

import (
	"fmt"
	"time"
)

func main() {
	// ExampleTime_Before
	{
		year2000 := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		year3000 := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)

		isYear2000BeforeYear3000 := year2000.Before(year3000) // True
		isYear3000BeforeYear2000 := year3000.Before(year2000) // False

		fmt.Printf("year2000.Before(year3000) = %v\n", isYear2000BeforeYear3000)
		fmt.Printf("year3000.Before(year2000) = %v\n", isYear3000BeforeYear2000)

	}

	// ExampleTime_Date
	{
		d := time.Date(2000, 2, 1, 12, 30, 0, 0, time.UTC)
		year, month, day := d.Date()

		fmt.Printf("year = %v\n", year)
		fmt.Printf("month = %v\n", month)
		fmt.Printf("day = %v\n", day)

	}

	// ExampleTime_Day
	{
		d := time.Date(2000, 2, 1, 12, 30, 0, 0, time.UTC)
		day := d.Day()

		fmt.Printf("day = %v\n", day)

	}

	// ExampleTime_Equal
	{
		secondsEastOfUTC := int((8 * time.Hour).Seconds())
		beijing := time.FixedZone("Beijing Time", secondsEastOfUTC)

		// Unlike the equal operator, Equal is aware that d1 and d2 are the
		// same instant but in different time zones.
		d1 := time.Date(2000, 2, 1, 12, 30, 0, 0, time.UTC)
		d2 := time.Date(2000, 2, 1, 20, 30, 0, 0, beijing)

		datesEqualUsingEqualOperator := d1 == d2
		datesEqualUsingFunction := d1.Equal(d2)

		fmt.Printf("datesEqualUsingEqualOperator = %v\n", datesEqualUsingEqualOperator)
		fmt.Printf("datesEqualUsingFunction = %v\n", datesEqualUsingFunction)

	}

	// ExampleTime_String
	{
		timeWithNanoseconds := time.Date(2000, 2, 1, 12, 13, 14, 15, time.UTC)
		withNanoseconds := timeWithNanoseconds.String()

		timeWithoutNanoseconds := time.Date(2000, 2, 1, 12, 13, 14, 0, time.UTC)
		withoutNanoseconds := timeWithoutNanoseconds.String()

		fmt.Printf("withNanoseconds = %v\n", withNanoseconds)
		fmt.Printf("withoutNanoseconds = %v\n", withoutNanoseconds)

	}
}
