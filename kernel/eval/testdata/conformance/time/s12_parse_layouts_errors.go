package main

import (
	"errors"
	"fmt"
	"time"
)

type LogLine struct {
	When  time.Time
	Level string
	Msg   string
}

var layouts = []string{time.RFC3339, "2006-01-02 15:04:05", "02/Jan/2006:15:04:05 -0700", time.RFC1123Z, "Jan _2 15:04:05"}

func parseAny(s string) (time.Time, error) {
	var errs []error
	for _, l := range layouts {
		t, err := time.Parse(l, s)
		if err == nil {
			return t, nil
		}
		errs = append(errs, err)
	}
	return time.Time{}, fmt.Errorf("no layout matched %q: %w", s, errs[0])
}

func main() {
	inputs := []string{
		"2024-02-29T12:30:00+09:00",
		"2024-07-04 08:15:00",
		"10/Oct/2023:13:55:36 -0700",
		"Mon, 02 Jan 2006 15:04:05 -0700",
		"Feb  3 04:05:06",
		"2023-02-29T00:00:00Z",
		"yesterday",
	}
	for _, in := range inputs {
		t, err := parseAny(in)
		if err != nil {
			var pe *time.ParseError
			fmt.Println("ERR", errors.As(err, &pe), err)
			continue
		}
		fmt.Println(t.UTC().Format(time.RFC3339Nano), t.Year())
	}
	loc := time.FixedZone("X", 3*3600+1800)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-01-01 00:00", loc)
	fmt.Println(t, err, t.Location())
	t2 := time.Date(2024, 6, 1, 7, 8, 9, 123456789, loc)
	for _, l := range []string{time.ANSIC, time.RFC822, time.RFC850, time.StampMicro, "3:04PM", "2006-01-02T15:04:05.999Z07:00", ".000 .999999", "Monday January 2 06 -07"} {
		fmt.Println(t2.Format(l))
	}
	fmt.Println(t2.AppendFormat([]byte("at "), time.DateOnly))
	b, _ := t2.MarshalText()
	var back time.Time
	fmt.Println(string(b), back.UnmarshalText(b), back.Equal(t2), back.IsZero(), time.Time{}.IsZero())
}
