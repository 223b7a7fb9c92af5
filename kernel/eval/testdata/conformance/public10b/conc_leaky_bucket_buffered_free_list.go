package main

import (
	"bytes"
	"fmt"
)

type Buffer struct {
	id   int
	data bytes.Buffer
}

var freeList = make(chan *Buffer, 2)
var serverChan = make(chan *Buffer)
var allocated int

func client(msgs []string, done chan<- bool) {
	for _, m := range msgs {
		var b *Buffer
		select {
		case b = <-freeList:
		default:
			allocated++
			b = &Buffer{id: allocated}
		}
		b.data.Reset()
		b.data.WriteString(m)
		serverChan <- b
	}
	close(serverChan)
	done <- true
}

func server(results chan<- string) {
	for b := range serverChan {
		results <- fmt.Sprintf("buf%d:%s", b.id, b.data.String())
		select {
		case freeList <- b:
		default:
		}
	}
	close(results)
}

func main() {
	done := make(chan bool, 1)
	results := make(chan string)
	go server(results)
	go client([]string{"a", "bb", "ccc", "dddd", "e"}, done)
	var got []string
	for r := range results {
		got = append(got, r[len(r)-1:])
	}
	<-done
	fmt.Println(got, "allocated between 1 and 5:", allocated >= 1 && allocated <= 5, "free:", len(freeList) <= 2)
}
