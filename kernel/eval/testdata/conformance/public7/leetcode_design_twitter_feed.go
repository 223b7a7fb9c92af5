package main

import (
	"container/heap"
	"fmt"
)

type tweet struct {
	id, time int
}

type Twitter struct {
	clock     int
	tweets    map[int][]tweet
	following map[int]map[int]bool
}

func NewTwitter() *Twitter {
	return &Twitter{tweets: map[int][]tweet{}, following: map[int]map[int]bool{}}
}

func (t *Twitter) PostTweet(user, id int) {
	t.clock++
	t.tweets[user] = append(t.tweets[user], tweet{id, t.clock})
}

func (t *Twitter) Follow(a, b int) {
	if a == b {
		return
	}
	if t.following[a] == nil {
		t.following[a] = map[int]bool{}
	}
	t.following[a][b] = true
}

func (t *Twitter) Unfollow(a, b int) { delete(t.following[a], b) }

type cursor struct {
	list []tweet
	i    int
}

type feedHeap []*cursor

func (h feedHeap) Len() int           { return len(h) }
func (h feedHeap) Less(i, j int) bool { return h[i].list[h[i].i].time > h[j].list[h[j].i].time }
func (h feedHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *feedHeap) Push(x any)        { *h = append(*h, x.(*cursor)) }
func (h *feedHeap) Pop() any          { o := *h; c := o[len(o)-1]; *h = o[:len(o)-1]; return c }

func (t *Twitter) GetNewsFeed(user int) []int {
	h := &feedHeap{}
	add := func(u int) {
		if ts := t.tweets[u]; len(ts) > 0 {
			heap.Push(h, &cursor{ts, len(ts) - 1})
		}
	}
	add(user)
	for u := range t.following[user] {
		add(u)
	}
	var feed []int
	for h.Len() > 0 && len(feed) < 10 {
		c := heap.Pop(h).(*cursor)
		feed = append(feed, c.list[c.i].id)
		if c.i > 0 {
			c.i--
			heap.Push(h, c)
		}
	}
	return feed
}

func main() {
	tw := NewTwitter()
	tw.PostTweet(1, 5)
	fmt.Println(tw.GetNewsFeed(1))
	tw.Follow(1, 2)
	tw.PostTweet(2, 6)
	fmt.Println(tw.GetNewsFeed(1))
	tw.Unfollow(1, 2)
	fmt.Println(tw.GetNewsFeed(1))
	for i := 0; i < 12; i++ {
		tw.PostTweet(3+i%2, 100+i)
	}
	tw.Follow(1, 3)
	tw.Follow(1, 4)
	tw.Follow(1, 1)
	fmt.Println(tw.GetNewsFeed(1), len(tw.GetNewsFeed(4)), tw.GetNewsFeed(9) == nil)
}
