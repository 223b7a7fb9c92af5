package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2024, time.January, 31, 10, 30, 0, 0, time.UTC)
	fmt.Println(start.Format("2006-01-02 15:04 Mon"))
	fmt.Println(start.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(start.Add(36 * time.Hour).Weekday())
	end := time.Date(2024, time.December, 25, 0, 0, 0, 0, time.UTC)
	d := end.Sub(start)
	fmt.Println(d, int(d.Hours()/24), d.Round(time.Hour))
	for y := 1900; y <= 2024; y += 31 {
		leap := y%4 == 0 && (y%100 != 0 || y%400 == 0)
		days := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
		fmt.Println(y, leap, days)
	}
	t := time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(time.Duration(90)*time.Second, 1500*time.Millisecond, time.Duration(0))
	fmt.Println(start.Before(end), start.Equal(start.UTC()), start.Unix())
}
