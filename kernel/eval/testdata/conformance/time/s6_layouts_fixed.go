package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-01-02 15:04:05.000", "Mon Jan _2 3:04PM", "02/01/06 .999999", "Monday, January 2, 2006", "06 1 2 3 4 5 pm", "15h04 -0700 MST", "2006 002 __2", ",000 .000000"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	loc := time.FixedZone("EST", -5*3600)
	tl := t.In(loc)
	fmt.Println(tl, tl.Format(time.RFC3339), tl.Location(), tl.Equal(t))
	fmt.Println(t.String())
	p, err := time.Parse("2006-01-02 15:04", "2021-03-04 05:06")
	fmt.Println(p, err)
	_, err = time.Parse(time.RFC3339, "2021-13-01T00:00:00Z")
	fmt.Println(err)
	p, err = time.ParseInLocation(time.DateTime, "2020-02-29 12:00:00", loc)
	fmt.Println(p, err, p.Unix())
	fmt.Println(t.AppendFormat([]byte("at "), time.Kitchen))
}
