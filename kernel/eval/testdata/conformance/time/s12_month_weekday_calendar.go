package main

import (
	"fmt"
	"strings"
	"time"
)

type Calendar struct {
	Year  int
	Month time.Month
	Marks map[int]string
}

func (c Calendar) String() string {
	var sb strings.Builder
	first := time.Date(c.Year, c.Month, 1, 0, 0, 0, 0, time.UTC)
	fmt.Fprintf(&sb, "%s %d\n", c.Month, c.Year)
	sb.WriteString("Mo Tu We Th Fr Sa Su\n")
	offset := (int(first.Weekday()) + 6) % 7
	sb.WriteString(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		cell := fmt.Sprintf("%2d", d)
		if _, ok := c.Marks[d]; ok {
			cell = fmt.Sprintf("%2s", "*"+fmt.Sprint(d%10))
		}
		sb.WriteString(cell)
		if (offset+d)%7 == 0 {
			sb.WriteByte('\n')
		} else if d < days {
			sb.WriteByte(' ')
		}
	}
	sb.WriteByte('\n')
	return sb.String()
}

type Weekdays []time.Weekday

func (w Weekdays) Contains(d time.Weekday) bool {
	for _, x := range w {
		if x == d {
			return true
		}
	}
	return false
}

func nextOn(t time.Time, days Weekdays) time.Time {
	for t = t.AddDate(0, 0, 1); !days.Contains(t.Weekday()); t = t.AddDate(0, 0, 1) {
	}
	return t
}

func main() {
	fmt.Print(Calendar{2024, time.February, map[int]string{14: "v", 29: "leap"}})
	fmt.Print(Calendar{2023, time.October, nil})
	t := time.Date(2024, 5, 17, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		t = nextOn(t, Weekdays{time.Tuesday, time.Saturday})
		fmt.Print(t.Format("Mon Jan 2"), "; ")
	}
	fmt.Println()
	fmt.Println(time.January.String(), time.Sunday.String(), time.Month(0), time.Weekday(-1))
}
