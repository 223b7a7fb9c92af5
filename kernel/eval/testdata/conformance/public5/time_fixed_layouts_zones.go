package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC822, time.Kitchen,
		time.ANSIC, time.UnixDate, time.DateTime, time.DateOnly, time.TimeOnly, time.Stamp, time.StampMilli,
		"2006-01-02 15:04:05.000", "Mon Jan _2 3:04PM", "02/01/06", "January 2, 2006", "Jan 2 '06 at 15h04",
		"2006.01.02 .999999", "15:04:05,000", "Monday 002", "3:4:5 pm", "-0700 MST Z07:00",
	}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+1800)
	fmt.Println(t.In(est).Format(time.RFC3339), t.In(ist).Format(time.RFC1123Z))
	fmt.Println(t.In(est).Format("2006-01-02T15:04:05 MST -07:00"))
	fmt.Println(t)
	fmt.Println(t.In(ist))
	for _, s := range []string{"2024-02-29T23:59:60Z", "2024-02-29T12:00:00+02:00", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z"} {
		p, err := time.Parse(time.RFC3339, s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, p.UTC(), p.Unix())
	}
	d, err := time.ParseInLocation("2006-01-02 15:04", "2022-11-06 01:30", est)
	fmt.Println(d, err, d.Weekday(), d.YearDay())
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Second).Format(time.RFC3339Nano))
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1).UTC().Format(time.StampMilli))
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month(), int(t.Month()), t.Day(), t.Nanosecond())
}
