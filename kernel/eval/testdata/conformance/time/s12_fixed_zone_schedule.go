package main

import (
	"fmt"
	"time"
)

type Meeting struct {
	Title string
	At    time.Time
	Len   time.Duration
}

func (m Meeting) End() time.Time { return m.At.Add(m.Len) }

func (m Meeting) String() string {
	return fmt.Sprintf("%s %s-%s", m.Title, m.At.Format("Mon 15:04"), m.End().Format("15:04 MST"))
}

type Calendar []Meeting

func (c Calendar) Overlaps() [][2]string {
	var out [][2]string
	for i := range c {
		for j := i + 1; j < len(c); j++ {
			if c[i].At.Before(c[j].End()) && c[j].At.Before(c[i].End()) {
				out = append(out, [2]string{c[i].Title, c[j].Title})
			}
		}
	}
	return out
}

func main() {
	seoul := time.FixedZone("KST", 9*3600)
	ny := time.FixedZone("EST", -5*3600)
	base := time.Date(2024, time.March, 8, 9, 30, 0, 0, seoul)
	cal := Calendar{
		{"standup", base, 15 * time.Minute},
		{"review", base.Add(10 * time.Minute), time.Hour},
		{"lunch", time.Date(2024, 3, 8, 12, 0, 0, 0, seoul), 45 * time.Minute},
		{"call", time.Date(2024, 3, 7, 22, 30, 0, 0, ny), 30 * time.Minute},
	}
	for _, m := range cal {
		fmt.Println(m)
	}
	fmt.Println(cal.Overlaps())
	fmt.Println(cal[3].At.In(seoul).Format(time.RFC3339), cal[3].At.UTC().Format(time.Kitchen))
	fmt.Println(cal[0].At.Equal(cal[0].At.In(ny)), cal[0].At == cal[0].At.In(ny))
	name, off := cal[3].At.Zone()
	fmt.Println(name, off, cal[1].End().Sub(cal[0].At))
	fmt.Println(base.YearDay(), base.Weekday(), base.Unix(), base.UnixMilli()%1000)
	y, w := base.ISOWeek()
	fmt.Println(y, w)
}
