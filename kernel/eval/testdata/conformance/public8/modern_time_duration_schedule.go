package main

import (
	"fmt"
	"strings"
	"time"
)

type Task struct {
	Name  string
	Every time.Duration
	Cost  time.Duration
}

func main() {
	tasks := []Task{
		{"backup", 6 * time.Hour, 25 * time.Minute},
		{"sync", 45 * time.Minute, 90 * time.Second},
		{"report", 24 * time.Hour, 2*time.Hour + 30*time.Minute},
		{"ping", 30 * time.Second, 150 * time.Millisecond},
	}
	day := 24 * time.Hour
	var total time.Duration
	for _, t := range tasks {
		runs := int(day / t.Every)
		busy := time.Duration(runs) * t.Cost
		total += busy
		fmt.Printf("%-7s every %-8v runs %4d busy %-10v (%.1f%%)\n", t.Name, t.Every, runs, busy, 100*busy.Seconds()/day.Seconds())
	}
	fmt.Println("total busy:", total, "idle:", day-total)
	start := time.Date(2024, 6, 1, 22, 30, 0, 0, time.UTC)
	var times []string
	for t := start; t.Before(start.Add(3 * time.Hour)); t = t.Add(45 * time.Minute) {
		times = append(times, t.Format("Jan 2 15:04"))
	}
	fmt.Println(strings.Join(times, " | "))
	d, _ := time.ParseDuration("1h2m3.5s")
	fmt.Println(d, d.Round(time.Second), d.Truncate(time.Minute), d/3, d%time.Minute)
	fmt.Printf("%v %s %d %.2f\n", d, d, d, d.Minutes())
}
