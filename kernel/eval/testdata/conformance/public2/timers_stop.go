package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(20 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")
	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	t3 := time.AfterFunc(10*time.Millisecond, func() {})
	time.Sleep(200 * time.Millisecond)
	fmt.Println("AfterFunc stop after fire:", t3.Stop())
	t4 := time.NewTimer(time.Hour)
	fmt.Println("reset:", t4.Reset(5*time.Millisecond))
	<-t4.C
	fmt.Println("t4 fired")
}
