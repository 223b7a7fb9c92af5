package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	layouts := []string{time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC1123Z, time.RFC822, time.Kitchen, time.ANSIC,
		time.UnixDate, time.Stamp, time.StampMicro, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02T15:04:05.000Z07:00", "Mon Jan _2 3:4:5 PM", "06/1/2 .999 ,000", "Monday January 2nd", "15h04 MST -0700 Z0700"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	loc := time.FixedZone("XST", -(3*3600 + 30*60))
	tl := t.In(loc)
	fmt.Println(tl, tl.Format(time.RFC3339), tl.Location(), tl.Equal(t), tl == t)
	name, off := tl.Zone()
	fmt.Println(name, off)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.Truncate(time.Hour).Format(time.Kitchen), t.Round(time.Minute).Format(time.TimeOnly))
	fmt.Println(t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly), t.AddDate(0, 0, -60).Format(time.DateOnly))
	jan31 := time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format(time.DateOnly), time.Date(2023, 14, 35, 25, 61, 0, 0, time.UTC))
	u := t.Add(90*time.Minute + 30*time.Second)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Compare(u), u.Compare(t), t.Compare(t))
	for _, s := range []string{"2024-03-01T10:00:00Z", "2024-03-01T10:00:00+02:00", "2024-13-01T10:00:00Z", "bad"} {
		p, err := time.Parse(time.RFC3339, s)
		fmt.Println(p, err)
	}
	p, err := time.Parse("Jan 2 2006 3:04PM", "Mar 7 2021 11:45PM")
	fmt.Println(p, err)
	p, err = time.ParseInLocation(time.DateTime, "2020-06-01 12:00:00", loc)
	fmt.Println(p, err, p.UTC())
	_, err = time.Parse(time.DateOnly, "2023-02-29")
	fmt.Println(err)
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), time.Unix(0, 0).UTC(), time.UnixMilli(1700000000123).UTC())
	b, _ := t.MarshalJSON()
	txt, _ := tl.MarshalText()
	fmt.Println(string(b), string(txt))
	var back time.Time
	fmt.Println(back.UnmarshalJSON([]byte(`"2001-02-03T04:05:06.7+01:00"`)), back)
	fmt.Println(time.January.String(), time.Saturday, time.Month(13), time.Weekday(8))
	d := t.Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d, d.Hours(), int(d.Hours()/24))
}
