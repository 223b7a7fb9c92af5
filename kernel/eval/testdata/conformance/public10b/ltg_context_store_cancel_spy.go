package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Store interface {
	Fetch(ctx context.Context) (string, error)
}

type SpyStore struct {
	response string
	log      []string
}

func (s *SpyStore) Fetch(ctx context.Context) (string, error) {
	data := make(chan string, 1)
	go func() {
		var result strings.Builder
		for _, c := range s.response {
			select {
			case <-ctx.Done():
				return
			default:
				time.Sleep(2 * time.Millisecond)
				result.WriteRune(c)
			}
		}
		data <- result.String()
	}()
	select {
	case <-ctx.Done():
		s.log = append(s.log, "cancelled")
		return "", ctx.Err()
	case res := <-data:
		s.log = append(s.log, "fetched")
		return res, nil
	}
}

type Response struct {
	body   strings.Builder
	status int
}

func Server(store Store) func(ctx context.Context, w *Response) {
	return func(ctx context.Context, w *Response) {
		data, err := store.Fetch(ctx)
		if err != nil {
			w.status = 499
			return
		}
		w.status = 200
		fmt.Fprint(&w.body, data)
	}
}

func main() {
	store := &SpyStore{response: "hello, world"}
	srv := Server(store)
	r1 := &Response{}
	srv(context.Background(), r1)
	fmt.Println(r1.status, r1.body.String())

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(5*time.Millisecond, cancel)
	r2 := &Response{}
	srv(ctx, r2)
	fmt.Println(r2.status, r2.body.Len())
	fmt.Println(store.log)

	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel3()
	_, err := store.Fetch(ctx3)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
}
