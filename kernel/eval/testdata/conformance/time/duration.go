package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), time.Duration(1500)*time.Microsecond)
	fmt.Println(2*time.Second+300*time.Millisecond, time.Duration(0), time.Nanosecond*7, -time.Hour)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Seconds())
	_, err = time.ParseDuration("10x")
	fmt.Println(err)
	fmt.Println(d.Round(time.Hour), (1500 * time.Millisecond).Truncate(time.Second), d.String())
	fmt.Printf("%v %d %s\n", time.Second, time.Millisecond, 3*time.Microsecond)
}
