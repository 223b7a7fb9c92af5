package main

import (
	"fmt"
	"strings"
	"time"
)

var holidays = map[string]bool{"2024-12-25": true, "2025-01-01": true}

func isBusinessDay(t time.Time) bool {
	if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	return !holidays[t.Format(time.DateOnly)]
}

func addBusinessDays(t time.Time, n int) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if isBusinessDay(t) {
			n--
		}
	}
	return t
}

func monthCalendar(year int, m time.Month) string {
	first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %d\nMo Tu We Th Fr Sa Su\n", m, year)
	offset := (int(first.Weekday()) + 6) % 7
	sb.WriteString(strings.Repeat("   ", offset))
	for d := first; d.Month() == m; d = d.AddDate(0, 0, 1) {
		fmt.Fprintf(&sb, "%2d ", d.Day())
		if d.Weekday() == time.Sunday {
			sb.WriteString("\n")
		}
	}
	return strings.TrimRight(sb.String(), " \n") + "\n"
}

func main() {
	start := time.Date(2024, 12, 20, 17, 30, 0, 0, time.UTC)
	for _, n := range []int{1, 3, 5, 10} {
		d := addBusinessDays(start, n)
		fmt.Printf("+%2d business days: %s\n", n, d.Format("Mon Jan 2 2006"))
	}
	fmt.Print(monthCalendar(2025, time.February))
	seoul := time.FixedZone("KST", 9*3600)
	meeting := time.Date(2025, 3, 10, 9, 0, 0, 0, seoul)
	fmt.Println(meeting.UTC().Format(time.RFC3339), meeting.Format(time.RFC1123Z), meeting.YearDay())
	y, w := meeting.ISOWeek()
	fmt.Println(y, w, meeting.Truncate(24*time.Hour).UTC().Format(time.Kitchen))
	d := time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
	fmt.Println(d.Format(time.DateOnly), d.Sub(meeting).Round(time.Hour))
	dur, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, dur.Minutes(), dur.Truncate(time.Minute), time.Duration(1500)*time.Microsecond)
	t1, err := time.Parse("2006-01-02 15:04", "2025-02-30 10:00")
	fmt.Println(t1, err)
	t2, _ := time.ParseInLocation("02/01/2006 15:04", "14/02/2025 20:15", seoul)
	fmt.Println(t2, t2.Unix(), t2.Before(meeting), t2.Compare(meeting))
}
