package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Log struct {
	At      time.Time     `json:"at"`
	Elapsed time.Duration `json:"elapsed"`
	Due     *time.Time    `json:"due,omitempty"`
}

func main() {
	t := time.Date(2022, 8, 9, 10, 11, 12, 500, time.FixedZone("X", 3600))
	b, err := json.Marshal(Log{At: t, Elapsed: 1500 * time.Millisecond})
	fmt.Println(string(b), err)
	var l Log
	err = json.Unmarshal([]byte(`{"at":"2020-01-02T03:04:05Z","elapsed":42}`), &l)
	fmt.Println(err, l.At, l.Elapsed, l.Due == nil)
	err = json.Unmarshal([]byte(`{"at":"yesterday"}`), &l)
	fmt.Println(err)
	txt, _ := t.MarshalText()
	fmt.Println(string(txt))
	var t2 time.Time
	fmt.Println(t2.UnmarshalText([]byte("2001-02-03T04:05:06.7+02:00")), t2, t2.UTC())
	bin, _ := t.MarshalBinary()
	var t3 time.Time
	t3.UnmarshalBinary(bin)
	fmt.Println(t3.Equal(t), len(bin))
	fmt.Println(t.GoString())
	fmt.Printf("%v|%s|%d\n", 90*time.Second, time.Minute, time.Millisecond)
}
