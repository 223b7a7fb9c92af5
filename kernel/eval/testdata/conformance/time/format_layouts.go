package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{
		time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000", "Jan _2 06 3:04PM", "Monday, 02-Jan-06", ".999999 .000000",
		"2006 Z07:00 MST", "__2 002",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	loc := time.FixedZone("UTC-8", -8*60*60)
	t2 := time.Date(2023, 2, 1, 7, 8, 9, 0, loc)
	fmt.Println(t2.Format(time.RFC3339), t2.Format(time.RFC1123Z), t2.UTC())
	fmt.Println(t)
	fmt.Println(t.AppendFormat([]byte("when: "), time.Kitchen))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli())
}
