package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Start time.Time
	Len   time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Len) }

func main() {
	t := time.Date(2024, time.February, 28, 22, 45, 30, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000 Mon Jan _2 MST -0700"), t.Format(time.DateOnly), t.Format(time.StampMicro))
	fmt.Println(t.AddDate(0, 0, 2).Format(time.DateTime), t.AddDate(0, 1, 1).Weekday(), t.YearDay(), t.Add(26*time.Hour).Day())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.Nanosecond())
	for _, d := range []time.Duration{time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(d, t.Truncate(d).Format(time.TimeOnly), t.Round(d).Format(time.TimeOnly))
	}
	p, err := time.Parse("2006-01-02 15:04", "2023-11-05 07:08")
	fmt.Println(p, err)
	_, err = time.Parse(time.RFC3339, "2023-13-01T00:00:00Z")
	fmt.Println(err)
	loc := time.FixedZone("UTC+5:30", 5*3600+1800)
	p2, err := time.ParseInLocation("Jan 2 2006 3:04PM", "Mar 9 2021 4:05PM", loc)
	fmt.Println(p2, err, p2.UTC(), p2.In(time.UTC).Hour())
	p3, _ := time.Parse(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700")
	fmt.Println(p3.Equal(time.Date(2006, 1, 2, 22, 4, 5, 0, time.UTC)), p3 == time.Date(2006, 1, 2, 22, 4, 5, 0, time.UTC))

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), d.String())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), -90*time.Second, time.Duration(1<<63-1))
	fmt.Printf("%v %d %.2f %s\n", 2*time.Second, 2*time.Second, (90 * time.Second).Hours(), 3*time.Millisecond)

	s := Shift{time.Date(2024, 3, 31, 1, 30, 0, 0, time.UTC), 9*time.Hour + 30*time.Minute}
	fmt.Println(s.End(), s.End().Sub(s.Start), s.End().After(s.Start), s.Start.Compare(s.End()))
	a := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.AddDate(0, 1, 0).Format(time.DateOnly), a.Month(), time.Month(13), time.Saturday)
	b, _ := t.MarshalText()
	var t2 time.Time
	t2.UnmarshalText(b)
	fmt.Println(string(b), t2.Equal(t), t.IsZero(), time.Time{}.IsZero(), time.Time{})
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1).UTC().Format(time.RFC3339Nano))
	days := 0
	for d := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC); d.Month() == time.February; d = d.AddDate(0, 0, 1) {
		days++
	}
	fmt.Println("feb 2024 days:", days)
}
