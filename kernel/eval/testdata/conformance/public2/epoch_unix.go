package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Date(2023, 6, 1, 10, 20, 30, 123456789, time.UTC)
	fmt.Println(now)
	fmt.Println(now.Unix())
	fmt.Println(now.UnixMilli())
	fmt.Println(now.UnixNano())
	fmt.Println(time.Unix(now.Unix(), 0).UTC())
	fmt.Println(time.Unix(0, now.UnixNano()).UTC())
	fmt.Println(time.UnixMilli(1700000000000).UTC())
	real := time.Now()
	fmt.Println(real.Unix() > 1600000000)
}
