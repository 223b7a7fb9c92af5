package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	base := time.Now()
	parent, cancel := context.WithDeadline(context.Background(), base.Add(time.Hour))
	defer cancel()
	child, cancel2 := context.WithTimeout(parent, 2*time.Hour)
	defer cancel2()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child keeps earlier deadline:", cd.Equal(pd))
	short, cancel3 := context.WithTimeout(parent, 5*time.Millisecond)
	defer cancel3()
	sd, _ := short.Deadline()
	fmt.Println("short before parent:", sd.Before(pd))
	select {
	case <-short.Done():
		fmt.Println("short:", short.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("not expired")
	}
	fmt.Println("parent still:", parent.Err())
	cancel()
	<-child.Done()
	fmt.Println("child after parent cancel:", child.Err())
}
