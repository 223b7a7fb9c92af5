package main

import (
	"fmt"
	"strings"
	"time"
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Zeller-like weekday (0 = Sunday) via Sakamoto's method
func weekday(y, m, d int) int {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	if m < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[m-1] + d) % 7
}

func calendar(y int, m time.Month) string {
	var sb strings.Builder
	title := fmt.Sprintf("%s %d", m, y)
	fmt.Fprintf(&sb, "%s%s\n", strings.Repeat(" ", (20-len(title))/2), title)
	sb.WriteString("Su Mo Tu We Th Fr Sa\n")
	first := weekday(y, int(m), 1)
	sb.WriteString(strings.Repeat("   ", first))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Fprintf(&sb, "%2d", d)
		if (first+d)%7 == 0 {
			sb.WriteString("\n")
		} else {
			sb.WriteString(" ")
		}
	}
	return strings.TrimRight(sb.String(), " ") + "\n"
}

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		fmt.Print(y, ":", isLeap(y), " ")
	}
	fmt.Println()
	fmt.Print(calendar(2024, time.February))
	mismatch := 0
	for y := 1990; y <= 2030; y++ {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{1, 13, 28} {
				if weekday(y, m, d) != int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday()) {
					mismatch++
				}
			}
		}
	}
	fmt.Println("mismatches:", mismatch)
	count := 0
	for y := 1901; y <= 2000; y++ {
		for m := 1; m <= 12; m++ {
			if weekday(y, m, 1) == 0 {
				count++
			}
		}
	}
	fmt.Println("sundays on the 1st in the 20th century:", count)
	a := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	b := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(int(b.Sub(a).Hours()/24), a.YearDay(), a.AddDate(0, 1, 25).Format("2006-01-02 Mon"), a.Format(time.RFC3339))
	_, wk := a.ISOWeek()
	fmt.Println(wk, a.Truncate(7*24*time.Hour).Weekday())
}
