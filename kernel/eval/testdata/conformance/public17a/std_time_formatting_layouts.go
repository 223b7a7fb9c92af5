package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{time.ANSIC, time.UnixDate, time.RFC822, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.DateTime,
		"2006-01-02T15:04:05.000Z07:00", "Mon, 02 Jan 2006", "3:04PM", "_2 Jan 06", "15h04m05s", "2006 002", ".00 .999"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	fmt.Println(t.Month(), t.Day(), t.Nanosecond(), t.Weekday().String()[:3])
	p, err := time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2024-02-30")
	fmt.Println(err)
	d := t.Sub(time.Date(2009, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d, d.Hours() > 7000, t.AppendFormat([]byte("at "), time.TimeOnly))
}
