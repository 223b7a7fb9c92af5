package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"
)

type ctxKey string
type keyStruct struct{ id int }

type Stats struct {
	Hits  atomic.Int64
	Flag  atomic.Bool
	Name  string
	Ratio atomic.Uint32
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "alice")
	fmt.Println(ctx)
	ctx2 := context.WithValue(ctx, keyStruct{7}, 42)
	fmt.Println(ctx2)
	c3, cancel := context.WithCancel(ctx2)
	fmt.Println(c3)
	cancel()
	c4, cancel4 := context.WithCancelCause(context.TODO())
	cancel4(errors.New("x"))
	fmt.Println(c4)
	c5 := context.WithoutCancel(c3)
	fmt.Println(c5)
	c6, cancel6 := context.WithTimeout(context.Background(), time.Hour)
	defer cancel6()
	s := fmt.Sprint(c6)
	fmt.Println(len(s) > 20, s[:30])
	var st Stats
	st.Hits.Add(5)
	st.Flag.Store(true)
	st.Name = "x"
	fmt.Printf("%+v\n", &st.Hits)
	fmt.Printf("%v\n", st.Hits.Load())
	fmt.Printf("%+v\n", &st)
	var v atomic.Value
	v.Store(3)
	fmt.Printf("%v\n", v.Load())
}
