package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Second
	fmt.Println(d, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Minute))
	n := 5
	fmt.Println(time.Duration(n)*time.Millisecond, time.Duration(1.5*float64(time.Second)))
	t := time.Date(2024, time.February, 28, 23, 30, 0, 0, time.UTC)
	fmt.Println(t.Add(time.Hour).Format("2006-01-02 15:04"), t.AddDate(0, 0, 1).Weekday())
	fmt.Println(t.AddDate(0, 1, 0).Format(time.RFC3339), t.YearDay())
	jan31 := time.Date(2023, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format("Jan 2")) // normalised: March 3
	t2 := t.Add(36 * time.Hour)
	fmt.Println(t2.Sub(t), t2.After(t), t.Equal(t2.Add(-36*time.Hour)))
	p, err := time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(p.IsZero(), err)
	fmt.Println(time.Duration(0), time.Duration(1), -2*time.Minute)
}
