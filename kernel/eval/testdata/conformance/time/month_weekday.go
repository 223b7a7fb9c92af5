package main

import (
	"fmt"
	"time"
)

func main() {
	for m := time.January; m <= time.December; m += 3 {
		fmt.Printf("%v %d %s\n", m, m, m.String()[:3])
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	t := time.Date(2000, 2, 1, 0, 0, 0, 0, time.UTC)
	days := 0
	for m := t.Month(); t.Month() == m; t = t.AddDate(0, 0, 1) {
		days++
	}
	fmt.Println("days in Feb 2000:", days)
	b, _ := time.Date(2020, 5, 6, 7, 8, 9, 0, time.UTC).MarshalText()
	fmt.Println(string(b))
	var u time.Time
	u.UnmarshalText([]byte("2001-02-03T04:05:06Z"))
	fmt.Println(u.Format(time.Stamp))
	fmt.Printf("%v|%s|%d\n", time.Saturday, time.March, time.March)
}
