package main

import (
	"fmt"
	"time"
)

type Billing struct {
	Start time.Time
	Every int // months
}

func (b Billing) Next(n int) []string {
	var out []string
	for i := 1; i <= n; i++ {
		out = append(out, b.Start.AddDate(0, b.Every*i, 0).Format("2006-01-02"))
	}
	return out
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func main() {
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC).Format("2006-01-02"))
	fmt.Println(time.Date(2024, 13, 1, 25, 61, 61, 0, time.UTC))
	fmt.Println(time.Date(2024, 1, 0, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	fmt.Println(time.Date(2024, 3, -1, 0, 0, 0, -1, time.UTC).Format(time.DateTime + ".000000000"))
	b := Billing{time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC), 1}
	fmt.Println(b.Next(4))
	q := Billing{time.Date(2023, 11, 30, 0, 0, 0, 0, time.UTC), 3}
	fmt.Println(q.Next(3))
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", daysIn(y, time.February), " ")
	}
	fmt.Println()
	t := time.Date(2024, 12, 31, 23, 59, 59, 999999999, time.UTC)
	fmt.Println(t.Add(time.Nanosecond), t.AddDate(0, 2, 0).Format(time.DateOnly), t.AddDate(-1, 0, 1).Format(time.DateOnly))
	d1 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	d0 := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(d1.Sub(d0).Hours()/24, d0.Compare(d1), d1.Compare(d0), d0.Compare(d0))
	fmt.Println(time.Month(14), time.Weekday(8), time.Saturday+1)
}
