package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	fmt.Println(len(t.C), cap(t.C))
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(t.C), cap(t.C))
	fmt.Println(t.Stop())
	select {
	case v := <-t.C:
		fmt.Println("stale value", v.IsZero())
	default:
		fmt.Println("no stale value after Stop")
	}
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println(t2.Reset(time.Hour))
	select {
	case <-t2.C:
		fmt.Println("stale after Reset")
	default:
		fmt.Println("no stale after Reset")
	}
	fmt.Println(t2.Stop(), t2.Stop())
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println(len(tk.C), cap(tk.C))
	tk.Reset(time.Hour)
	select {
	case <-tk.C:
		fmt.Println("tick pending after Reset")
	default:
		fmt.Println("no tick after Reset")
	}
	tk.Stop()
	ch := time.After(time.Millisecond)
	fmt.Printf("%T %d\n", ch, cap(ch))
	<-ch
	af := time.AfterFunc(time.Hour, func() {})
	fmt.Println(af.C == nil, af.Stop(), af.Reset(time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	dl, ok := ctx.Deadline()
	fmt.Println(ok, time.Until(dl) > 59*time.Minute)
	cancel()
	fmt.Println(ctx.Err())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tk2 := time.NewTicker(time.Second)
		tk2.Reset(-1)
	}()
	var zt time.Timer
	fmt.Println(zt.C == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		zt.Stop()
	}()
	fmt.Println(time.Tick(-1) == nil)
}
