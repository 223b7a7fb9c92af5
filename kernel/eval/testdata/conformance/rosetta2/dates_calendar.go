package main

import (
	"fmt"
	"time"
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func main() {
	for _, y := range []int{1900, 1996, 2000, 2023, 2024} {
		fmt.Print(y, ":", isLeap(y), " ")
	}
	fmt.Println()
	var sundays []int
	for y := 2008; y <= 2121; y++ {
		if time.Date(y, 12, 25, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
			sundays = append(sundays, y)
		}
	}
	fmt.Println(sundays)
	for m := time.January; m <= time.December; m++ {
		d := time.Date(2024, m+1, 0, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != time.Friday {
			d = d.AddDate(0, 0, -1)
		}
		fmt.Print(d.Format("01-02 "))
	}
	fmt.Println()
	count := 0
	for y := 1900; y <= 2100; y++ {
		for _, m := range []time.Month{1, 3, 5, 7, 8, 10, 12} {
			if time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday() == time.Friday {
				count++
			}
		}
	}
	fmt.Println("months with five weekends:", count)
	t := time.Date(2007, 11, 23, 10, 5, 0, 0, time.UTC)
	fmt.Println(t.Format("2006-01-02"), t.Format("Monday, January 2, 2006"), t.Format("Jan _2 06 3:04pm"))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(end.Sub(start).Hours()/24, end.YearDay(), start.Month().String()[:3])
	fmt.Println(time.Unix(0, 0).UTC().Format(time.RFC1123))
}
