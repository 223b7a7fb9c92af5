// A generic typed event bus: Subscribe returns an unsubscribe func,
// handlers of a topic run in order, Publish reports how many ran, and a
// generic Topic[T] shared between services.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler[T any] func(T) error

type Topic[T any] struct {
	name     string
	nextID   int
	handlers map[int]Handler[T]
}

func NewTopic[T any](name string) *Topic[T] {
	return &Topic[T]{name: name, handlers: map[int]Handler[T]{}}
}

func (t *Topic[T]) Subscribe(h Handler[T]) (unsubscribe func()) {
	id := t.nextID
	t.nextID++
	t.handlers[id] = h
	return func() { delete(t.handlers, id) }
}

func (t *Topic[T]) Publish(ev T) (ran int, errs []string) {
	ids := make([]int, 0, len(t.handlers))
	for id := range t.handlers {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		ran++
		if err := t.handlers[id](ev); err != nil {
			errs = append(errs, fmt.Sprintf("%s#%d: %v", t.name, id, err))
		}
	}
	return
}

type UserCreated struct {
	ID   int
	Name string
}

type Mailer struct{ sent []string }

func (m *Mailer) OnUser(u UserCreated) error {
	if u.Name == "" {
		return fmt.Errorf("user %d has no name", u.ID)
	}
	m.sent = append(m.sent, "welcome "+u.Name)
	return nil
}

func main() {
	users := NewTopic[UserCreated]("users")
	m := &Mailer{}
	users.Subscribe(m.OnUser)
	var log []string
	stop := users.Subscribe(func(u UserCreated) error {
		log = append(log, fmt.Sprint("created ", u.ID))
		return nil
	})
	fmt.Println(users.Publish(UserCreated{1, "ann"}))
	fmt.Println(users.Publish(UserCreated{2, ""}))
	stop()
	fmt.Println(users.Publish(UserCreated{3, "cy"}))
	fmt.Println(m.sent, log)
	words := NewTopic[[]string]("words")
	words.Subscribe(func(ws []string) error { fmt.Println(strings.Join(ws, "+")); return nil })
	words.Publish([]string{"a", "b"})
}
