/* weak_cache.c: chapter 4's weak containers.  A cache of Images by name,
 * in a weak-valued dictionary: an entry lasts as long as something else
 * holds its Image, and goes by itself, without a collection, when the last
 * holder lets go.  The dictionary itself dies by reference counting too:
 * the callback that removes entries holds it only weakly. */
#include <stdio.h>

#include "runtime.h"

static void show(const char *when, Object *cache, Object *Image)
{
    printf("%-34s %zu entries, %zu Images alive\n", when, weakdict_size(cache),
           ((Class *)Image)->instance_type.account.live_objects);
}

int main(void)
{
    gc_disable(); /* so that nothing below is the collector's doing */
    Object *Image = class_new("Image", NULL);
    Object *cache = weakvaluedict_new();
    const char *names[] = {"logo", "banner", "icon"};
    Object *images[3];
    for (int i = 0; i < 3; i++) {
        Object *key = str_new(names[i]);
        images[i] = instance_new(Image);
        weakdict_setitem(cache, key, images[i]);
        decref(key);
    }
    show("three Images cached and held:", cache, Image);

    Object *key = str_new("banner");
    Object *found = weakdict_getitem(cache, key);
    printf("cache[\"banner\"] is %s\n", found == images[1] ? "the banner Image" : "something else");
    xdecref(found);
    decref(images[1]);
    show("the banner's holder lets go:", cache, Image);
    found = weakdict_getitem(cache, key);
    printf("cache[\"banner\"] is %s\n", found ? "an Image" : "gone");
    xdecref(found);
    decref(key);

    Object *watch = weakref_new(cache, NULL);
    decref(cache);
    Object *still = weakref_get(watch);
    printf("decref(cache): the dictionary is %s\n", still ? "still alive" : "freed at once");
    xdecref(still);
    printf("gc_collect() returned %ld\n", gc_collect());
    decref(watch);
    decref(images[0]);
    decref(images[2]);
    decref(Image);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
