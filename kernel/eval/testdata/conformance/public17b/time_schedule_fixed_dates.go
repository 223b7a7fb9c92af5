package main

import (
	"fmt"
	"strings"
	"time"
)

type Shift struct {
	Who   string
	Start time.Time
	Len   time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Len) }

func (s Shift) Overlaps(o Shift) bool {
	return s.Start.Before(o.End()) && o.Start.Before(s.End())
}

func (s Shift) String() string {
	return fmt.Sprintf("%-5s %s-%s (%v)", s.Who, s.Start.Format("Mon Jan 2 15:04"), s.End().Format("15:04"), s.Len)
}

func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 {
		d = 7
	}
	return t.AddDate(0, 0, d)
}

func main() {
	base := time.Date(2024, time.February, 28, 9, 0, 0, 0, time.UTC)
	shifts := []Shift{
		{"ann", base, 8 * time.Hour},
		{"bob", base.Add(6 * time.Hour), 4*time.Hour + 30*time.Minute},
		{"cy", base.AddDate(0, 0, 1), 90 * time.Minute},
		{"dee", base.Add(24*time.Hour + time.Hour), time.Hour},
	}
	for _, s := range shifts {
		fmt.Println(s)
	}
	for i := range shifts {
		for j := i + 1; j < len(shifts); j++ {
			if shifts[i].Overlaps(shifts[j]) {
				fmt.Println("overlap:", shifts[i].Who, shifts[j].Who)
			}
		}
	}
	fmt.Println(base.AddDate(0, 0, 1).Format("2006-01-02"), base.AddDate(1, 0, 1).Format("2006-01-02"))
	fmt.Println(nextWeekday(base, time.Monday).Format(time.DateOnly), base.YearDay(), base.Weekday())
	_, w := base.ISOWeek()
	fmt.Println("iso week", w)
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	t, err := time.Parse("2006-01-02 15:04 MST", "2024-03-10 14:30 UTC")
	fmt.Println(t, err)
	_, err = time.Parse(time.RFC3339, "2024-13-01T00:00:00Z")
	fmt.Println(err)
	loc := time.FixedZone("UTC+5:30", 5*3600+1800)
	fmt.Println(base.In(loc).Format(time.RFC1123Z), base.In(loc).Equal(base))
	fmt.Println(base.Truncate(24*time.Hour).Format(time.Kitchen), base.Unix(), base.UnixMilli())
	var sb strings.Builder
	for d := base; d.Before(base.AddDate(0, 0, 4)); d = d.AddDate(0, 0, 1) {
		sb.WriteString(d.Format("Jan_2 "))
	}
	fmt.Println(sb.String())
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), time.Duration(1500)*time.Microsecond)
	fmt.Println(shifts[1].End().Sub(shifts[0].Start).String(), time.Unix(0, 0).UTC())
}
