package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Date(2024, 6, 1, 12, 30, 45, 123456789, time.UTC)
	fmt.Println(now)
	fmt.Println(now.Unix())
	fmt.Println(now.UnixMilli())
	fmt.Println(now.UnixNano())
	fmt.Println(time.Unix(now.Unix(), 0).UTC())
	fmt.Println(time.Unix(0, now.UnixNano()).UTC())
	fmt.Println(time.UnixMilli(now.UnixMilli()).UTC().Format(time.RFC3339Nano))
}
