package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}
	buf := make(chan int, 2)
	sent := 0
	for i := 0; i < 5; i++ {
		select {
		case buf <- i:
			sent++
		default:
		}
	}
	fmt.Println("sent", sent, len(buf))
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("never")
	default:
		fmt.Println("nil channel never ready")
	}
}
