package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var drops = []struct {
	div   int
	sound string
}{{3, "Pling"}, {5, "Plang"}, {7, "Plong"}}

func Convert(n int) string {
	var sb strings.Builder
	for _, d := range drops {
		if n%d.div == 0 {
			sb.WriteString(d.sound)
		}
	}
	if sb.Len() == 0 {
		return strconv.Itoa(n)
	}
	return sb.String()
}

func IsLeapYear(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func AddGigasecond(t time.Time) time.Time { return t.Add(1e9 * time.Second) }

func main() {
	for _, n := range []int{1, 3, 5, 7, 15, 21, 35, 52, 105, 3125} {
		fmt.Print(Convert(n), " ")
	}
	fmt.Println()
	for _, y := range []int{1996, 1997, 1900, 2000, 2100, 2400} {
		fmt.Print(y, ":", IsLeapYear(y), " ")
	}
	fmt.Println()
	for _, s := range []string{"2011-04-25", "1977-06-13", "1959-07-19T00:00:00"} {
		layout := "2006-01-02"
		if len(s) > 10 {
			layout = "2006-01-02T15:04:05"
		}
		t, err := time.Parse(layout, s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(AddGigasecond(t).Format("2006-01-02T15:04:05 Monday"))
	}
}
