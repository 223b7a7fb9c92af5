package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name  string
	Start time.Time
	Dur   time.Duration
}

func (e Event) End() time.Time { return e.Start.Add(e.Dur) }

func (e Event) Overlaps(o Event) bool {
	return e.Start.Before(o.End()) && o.Start.Before(e.End())
}

func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 {
		d = 7
	}
	return t.AddDate(0, 0, d)
}

func main() {
	base := time.Date(2024, 2, 28, 9, 0, 0, 0, time.UTC)
	evs := []Event{
		{"standup", base, 15 * time.Minute},
		{"review", base.Add(10 * time.Minute), time.Hour},
		{"lunch", base.Add(3 * time.Hour), 45 * time.Minute},
	}
	for i, a := range evs {
		for _, b := range evs[i+1:] {
			fmt.Println(a.Name, b.Name, a.Overlaps(b))
		}
		fmt.Println(a.Name, a.Start.Format("15:04"), "-", a.End().Format(time.Kitchen), a.Dur)
	}
	fmt.Println(nextWeekday(base, time.Monday).Format("Mon 2006-01-02"), nextWeekday(base, time.Wednesday).Format(time.DateOnly))
	for d := base; d.Month() == time.February || d.Day() < 3; d = d.AddDate(0, 0, 1) {
		fmt.Print(d.Format("Jan 2 Mon"), "; ")
	}
	fmt.Println()
	age := func(birth, now time.Time) int {
		y := now.Year() - birth.Year()
		if now.YearDay() < birth.YearDay() {
			y--
		}
		return y
	}
	fmt.Println(age(time.Date(1990, 6, 15, 0, 0, 0, 0, time.UTC), base))
	tk := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var ds []string
	for i := 0; i < 4; i++ {
		ds = append(ds, tk.Add(time.Duration(i)*36*time.Hour).Format("Jan 2 15h"))
	}
	fmt.Println(ds)
	zeroT := time.Time{}
	fmt.Println(zeroT.Unix(), zeroT.Year(), zeroT.Weekday(), zeroT.Format(time.RFC3339))
}
