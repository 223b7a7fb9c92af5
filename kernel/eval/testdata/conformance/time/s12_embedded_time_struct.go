package main

import (
	"fmt"
	"sort"
	"time"
)

type Deadline struct {
	time.Time
	Task string
}

func (d Deadline) Overdue(now time.Time) bool { return d.Before(now) }

func (d Deadline) String() string { return d.Task + "@" + d.Format("Jan 2") }

type Deadlines []Deadline

func (ds Deadlines) Len() int           { return len(ds) }
func (ds Deadlines) Less(i, j int) bool { return ds[i].Before(ds[j].Time) }
func (ds Deadlines) Swap(i, j int)      { ds[i], ds[j] = ds[j], ds[i] }

func main() {
	day := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 17, 0, 0, 0, time.UTC) }
	ds := Deadlines{{day(3, 10), "taxes"}, {day(1, 31), "report"}, {day(2, 14), "card"}, {day(12, 24), "gifts"}}
	sort.Sort(ds)
	fmt.Println(ds)
	now := day(2, 20)
	for _, d := range ds {
		fmt.Print(d.Task, ":", d.Overdue(now), ":", d.Sub(now).Round(time.Hour), " ")
	}
	fmt.Println()
	fmt.Println(ds[0].Year(), ds[0].Month(), ds[0].Weekday(), ds[0].Add(48*time.Hour).Format(time.DateOnly))
	fmt.Printf("%v|%s\n", ds[1], ds[1])
	var t fmt.Stringer = ds[2]
	fmt.Println(t)
	fmt.Println(ds[3].Equal(day(12, 24)), ds[3].Time == day(12, 24), ds[3].IsZero(), Deadline{}.IsZero())
}
