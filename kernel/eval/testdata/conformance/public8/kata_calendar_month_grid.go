package main

import (
	"fmt"
	"strings"
	"time"
)

func month(year int, m time.Month) string {
	var b strings.Builder
	title := fmt.Sprintf("%s %d", m, year)
	pad := (20 - len(title)) / 2
	b.WriteString(strings.Repeat(" ", pad) + title + "\n")
	b.WriteString("Mo Tu We Th Fr Sa Su\n")
	first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	offset := (int(first.Weekday()) + 6) % 7
	b.WriteString(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		fmt.Fprintf(&b, "%2d", d)
		if (offset+d)%7 == 0 {
			b.WriteString("\n")
		} else if d < days {
			b.WriteString(" ")
		}
	}
	return strings.TrimRight(b.String(), " \n") + "\n"
}

func main() {
	fmt.Print(month(2024, time.February))
	fmt.Println()
	fmt.Print(month(2026, time.December))
	leap := func(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", leap(y), " ")
	}
	fmt.Println()
	d1 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	d2 := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(int(d2.Sub(d1).Hours()/24), d2.Weekday(), d2.Format("Monday, 02-Jan-06"))
	y, w := d2.ISOWeek()
	fmt.Println(y, w)
}
