package main

import (
	"fmt"
	"strings"
	"time"
)

func monthView(year int, month time.Month, marks map[int]string) string {
	var sb strings.Builder
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	fmt.Fprintf(&sb, "%s %d\n", month, year)
	sb.WriteString("Mo Tu We Th Fr Sa Su\n")
	offset := (int(first.Weekday()) + 6) % 7
	sb.WriteString(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		cell := fmt.Sprintf("%2d", d)
		if m, ok := marks[d]; ok {
			cell = m + cell[1:]
		}
		sb.WriteString(cell)
		if (offset+d)%7 == 0 {
			sb.WriteString("\n")
		} else if d < days {
			sb.WriteString(" ")
		}
	}
	return strings.TrimRight(sb.String(), " \n") + "\n"
}

func main() {
	fmt.Print(monthView(2024, time.February, map[int]string{14: "*", 29: "!"}))
	fmt.Print(monthView(2026, time.December, map[int]string{6: ">"}))
	for _, y := range []int{1900, 2000, 2024, 2100} {
		leap := time.Date(y, 2, 29, 0, 0, 0, 0, time.UTC).Month() == time.February
		fmt.Print(y, ":", leap, " ")
	}
	fmt.Println()
	start := time.Date(2024, 1, 31, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		fmt.Print(start.AddDate(0, i, 0).Format("Jan 02"), " ")
	}
	fmt.Println()
	d1 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	d2 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(d2.Sub(d1).Hours()/24, d1.YearDay(), d2.YearDay())
	wd := 0
	for d := d1; d.Before(d1.AddDate(0, 1, 0)); d = d.AddDate(0, 0, 1) {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			wd++
		}
	}
	fmt.Println("weekdays in March 2024:", wd)
	fmt.Println(time.Month(13), time.Weekday(7), time.March.String()[:3])
}
