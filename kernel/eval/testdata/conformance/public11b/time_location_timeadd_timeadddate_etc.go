package main

import (
	"fmt"
	"time"
)

func main() {
	// ExampleLocation
	{
		// China doesn't have daylight saving. It uses a fixed 8 hour offset from UTC.
		secondsEastOfUTC := int((8 * time.Hour).Seconds())
		beijing := time.FixedZone("Beijing Time", secondsEastOfUTC)

		// If the system has a timezone database present, it's possible to load a location
		// from that, e.g.:
		//    newYork, err := time.LoadLocation("America/New_York")

		// Creating a time requires a location. Common locations are time.Local and time.UTC.
		timeInUTC := time.Date(2009, 1, 1, 12, 0, 0, 0, time.UTC)
		sameTimeInBeijing := time.Date(2009, 1, 1, 20, 0, 0, 0, beijing)

		// Although the UTC clock time is 1200 and the Beijing clock time is 2000, Beijing is
		// 8 hours ahead so the two dates actually represent the same instant.
		timesAreEqual := timeInUTC.Equal(sameTimeInBeijing)
		fmt.Println(timesAreEqual)

	}

	// ExampleTime_Add
	{
		start := time.Date(2009, 1, 1, 12, 0, 0, 0, time.UTC)
		afterTenSeconds := start.Add(time.Second * 10)
		afterTenMinutes := start.Add(time.Minute * 10)
		afterTenHours := start.Add(time.Hour * 10)
		afterTenDays := start.Add(time.Hour * 24 * 10)

		fmt.Printf("start = %v\n", start)
		fmt.Printf("start.Add(time.Second * 10) = %v\n", afterTenSeconds)
		fmt.Printf("start.Add(time.Minute * 10) = %v\n", afterTenMinutes)
		fmt.Printf("start.Add(time.Hour * 10) = %v\n", afterTenHours)
		fmt.Printf("start.Add(time.Hour * 24 * 10) = %v\n", afterTenDays)

	}

	// ExampleTime_AddDate
	{
		start := time.Date(2023, 03, 25, 12, 0, 0, 0, time.UTC)
		oneDayLater := start.AddDate(0, 0, 1)
		dayDuration := oneDayLater.Sub(start)
		oneMonthLater := start.AddDate(0, 1, 0)
		oneYearLater := start.AddDate(1, 0, 0)

		zurich, err := time.LoadLocation("Europe/Zurich")
		if err != nil {
			panic(err)
		}
		// This was the day before a daylight saving time transition in Zürich.
		startZurich := time.Date(2023, 03, 25, 12, 0, 0, 0, zurich)
		oneDayLaterZurich := startZurich.AddDate(0, 0, 1)
		dayDurationZurich := oneDayLaterZurich.Sub(startZurich)

		fmt.Printf("oneDayLater: start.AddDate(0, 0, 1) = %v\n", oneDayLater)
		fmt.Printf("oneMonthLater: start.AddDate(0, 1, 0) = %v\n", oneMonthLater)
		fmt.Printf("oneYearLater: start.AddDate(1, 0, 0) = %v\n", oneYearLater)
		fmt.Printf("oneDayLaterZurich: startZurich.AddDate(0, 0, 1) = %v\n", oneDayLaterZurich)
		fmt.Printf("Day duration in UTC: %v | Day duration in Zürich: %v\n", dayDuration, dayDurationZurich)

	}

	// ExampleTime_After
	{
		year2000 := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		year3000 := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)

		isYear3000AfterYear2000 := year3000.After(year2000) // True
		isYear2000AfterYear3000 := year2000.After(year3000) // False

		fmt.Printf("year3000.After(year2000) = %v\n", isYear3000AfterYear2000)
		fmt.Printf("year2000.After(year3000) = %v\n", isYear2000AfterYear3000)

	}
}
