package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	From, Text string
}

type Client struct {
	Name  string
	inbox chan Message
	got   []string
}

type Room struct {
	join    chan *Client
	leave   chan *Client
	publish chan Message
	done    chan struct{}
	members map[string]*Client
}

func NewRoom() *Room {
	return &Room{
		join: make(chan *Client), leave: make(chan *Client),
		publish: make(chan Message), done: make(chan struct{}),
		members: map[string]*Client{},
	}
}

func (r *Room) Run() {
	defer close(r.done)
	for {
		select {
		case c := <-r.join:
			r.members[c.Name] = c
		case c := <-r.leave:
			delete(r.members, c.Name)
			close(c.inbox)
		case m, ok := <-r.publish:
			if !ok {
				names := make([]string, 0, len(r.members))
				for n := range r.members {
					names = append(names, n)
				}
				sort.Strings(names)
				for _, n := range names {
					close(r.members[n].inbox)
				}
				return
			}
			for _, c := range r.members {
				if c.Name != m.From {
					c.inbox <- m
				}
			}
		}
	}
}

func main() {
	room := NewRoom()
	go room.Run()
	var wg sync.WaitGroup
	clients := map[string]*Client{}
	for _, n := range []string{"ann", "bob", "cy"} {
		c := &Client{Name: n, inbox: make(chan Message, 10)}
		clients[n] = c
		room.join <- c
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range c.inbox {
				c.got = append(c.got, m.From+":"+m.Text)
			}
		}()
	}
	room.publish <- Message{"ann", "hi all"}
	room.publish <- Message{"bob", "hello"}
	room.leave <- clients["cy"]
	room.publish <- Message{"ann", "cy left"}
	close(room.publish)
	<-room.done
	wg.Wait()
	for _, n := range []string{"ann", "bob", "cy"} {
		fmt.Printf("%s got %d: %s\n", n, len(clients[n].got), strings.Join(clients[n].got, " | "))
	}
}
