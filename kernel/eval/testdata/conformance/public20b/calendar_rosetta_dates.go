package main

import (
	"fmt"
	"strings"
	"time"
)

func monthLines(year int, m time.Month) []string {
	first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	title := first.Format("January")
	pad := (20 - len(title)) / 2
	lines := []string{fmt.Sprintf("%-20s", strings.Repeat(" ", pad)+title), "Mo Tu We Th Fr Sa Su"}
	wd := (int(first.Weekday()) + 6) % 7
	var sb strings.Builder
	sb.WriteString(strings.Repeat("   ", wd))
	days := first.AddDate(0, 1, -1).Day()
	col := wd
	for d := 1; d <= days; d++ {
		fmt.Fprintf(&sb, "%2d", d)
		col++
		if col == 7 {
			lines = append(lines, fmt.Sprintf("%-20s", sb.String()))
			sb.Reset()
			col = 0
		} else if d < days {
			sb.WriteByte(' ')
		}
	}
	if sb.Len() > 0 {
		lines = append(lines, fmt.Sprintf("%-20s", sb.String()))
	}
	for len(lines) < 8 {
		lines = append(lines, strings.Repeat(" ", 20))
	}
	return lines
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func lastSundays(y int) []string {
	var out []string
	for m := time.January; m <= time.December; m++ {
		d := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != time.Sunday {
			d = d.AddDate(0, 0, -1)
		}
		out = append(out, d.Format("01-02"))
	}
	return out
}

func main() {
	year := 1969
	fmt.Printf("%38s\n\n", fmt.Sprint(year))
	for q := 0; q < 4; q++ {
		var cols [][]string
		for m := 1; m <= 3; m++ {
			cols = append(cols, monthLines(year, time.Month(q*3+m)))
		}
		for i := 0; i < 8; i++ {
			fmt.Println(strings.TrimRight(cols[0][i]+"  "+cols[1][i]+"  "+cols[2][i], " "))
		}
	}
	for _, y := range []int{1900, 2000, 2023, 2024, 2100} {
		fmt.Print(y, ":", isLeap(y), " ")
	}
	fmt.Println()
	for _, y := range []int{2000, 2024, 2025, 2038} {
		fmt.Print(easter(y).Format("2006-01-02 Mon"), " ")
	}
	fmt.Println()
	fmt.Println(lastSundays(2013))
	count := 0
	for y := 2008; y <= 2121; y++ {
		if time.Date(y, 12, 25, 0, 0, 0, 0, time.UTC).Weekday() == time.Sunday {
			count++
		}
	}
	fmt.Println("christmas on sunday:", count)
	d1 := time.Date(1995, 11, 21, 0, 0, 0, 0, time.UTC)
	d2 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(int(d2.Sub(d1).Hours()/24), d1.YearDay(), d2.YearDay())
	fiveWeekends := 0
	for y := 1900; y <= 2100; y++ {
		for _, m := range []time.Month{1, 3, 5, 7, 8, 10, 12} {
			if time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday() == time.Friday {
				fiveWeekends++
			}
		}
	}
	fmt.Println("months with five weekends:", fiveWeekends)
}
